//
// NodeFilter.cpp
//
// Library: XML
// Package: DOM
// Module:  NodeFilter
//
// Copyright (c) 2004-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/DOM/NodeFilter.h"


namespace Poco {
namespace XML {


NodeFilter::~NodeFilter()
{
}


} } // namespace Poco::XML
