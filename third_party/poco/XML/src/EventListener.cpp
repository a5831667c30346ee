//
// EventListener.cpp
//
// Library: XML
// Package: DOM
// Module:  DOMEvents
//
// Copyright (c) 2004-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/DOM/EventListener.h"


namespace Poco {
namespace XML {


EventListener::~EventListener()
{
}


} } // namespace Poco::XML
