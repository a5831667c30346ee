//
// Configurable.cpp
//
// Library: Foundation
// Package: Logging
// Module:  Configurable
//
// Copyright (c) 2004-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/Configurable.h"


namespace Poco {


Configurable::Configurable()
{
}


Configurable::~Configurable()
{
}


} // namespace Poco
