//
// AutoPtr.h
//
// Library: XML
// Package: DOM
// Module:  DOM
//
// Import Poco::AutoPtr into the XML namespace.
//
// Copyright (c) 2004-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#ifndef DOM_DOMAutoPtr_INCLUDED
#define DOM_DOMAutoPtr_INCLUDED


#include "Poco/XML/XML.h"
#include "Poco/AutoPtr.h"


namespace Poco {
namespace XML {


using Poco::AutoPtr;


} } // namespace Poco::XML


#endif // DOM_DOMAutoPtr_INCLUDED
