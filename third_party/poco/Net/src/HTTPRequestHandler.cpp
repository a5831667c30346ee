//
// HTTPRequestHandler.cpp
//
// Library: Net
// Package: HTTPServer
// Module:  HTTPRequestHandler
//
// Copyright (c) 2005-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/Net/HTTPRequestHandler.h"


namespace Poco {
namespace Net {


HTTPRequestHandler::HTTPRequestHandler()
{
}


HTTPRequestHandler::~HTTPRequestHandler()
{
}


} } // namespace Poco::Net
