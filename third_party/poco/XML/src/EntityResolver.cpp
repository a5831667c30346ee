//
// EntityResolver.cpp
//
// Library: XML
// Package: SAX
// Module:  SAX
//
// Copyright (c) 2004-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/SAX/EntityResolver.h"


namespace Poco {
namespace XML {


EntityResolver::~EntityResolver()
{
}


} } // namespace Poco::XML
