//
// NamedNodeMap.cpp
//
// Library: XML
// Package: DOM
// Module:  DOM
//
// Copyright (c) 2004-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/DOM/NamedNodeMap.h"


namespace Poco {
namespace XML {


NamedNodeMap::~NamedNodeMap()
{
}


} } // namespace Poco::XML
