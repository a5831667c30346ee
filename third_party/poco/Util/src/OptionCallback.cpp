//
// OptionCallback.cpp
//
// Library: Util
// Package: Options
// Module:  OptionCallback
//
// Copyright (c) 2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/Util/OptionCallback.h"


namespace Poco {
namespace Util {


AbstractOptionCallback::AbstractOptionCallback()
{
}


AbstractOptionCallback::AbstractOptionCallback(const AbstractOptionCallback&)
{
}


AbstractOptionCallback::~AbstractOptionCallback()
{
}


} } // namespace Poco::Util
