//
// NodeList.cpp
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


#include "Poco/DOM/NodeList.h"


namespace Poco {
namespace XML {


NodeList::~NodeList()
{
}


} } // namespace Poco::XML
