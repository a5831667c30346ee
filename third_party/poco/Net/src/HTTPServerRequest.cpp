//
// HTTPServerRequest.cpp
//
// Library: Net
// Package: HTTPServer
// Module:  HTTPServerRequest
//
// Copyright (c) 2005-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/Net/HTTPServerRequest.h"


namespace Poco {
namespace Net {


HTTPServerRequest::HTTPServerRequest()
{
}


HTTPServerRequest::~HTTPServerRequest()
{
}


} } // namespace Poco::Net
