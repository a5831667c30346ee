//
// ServerSocketImpl.cpp
//
// Library: Net
// Package: Sockets
// Module:  ServerSocketImpl
//
// Copyright (c) 2005-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/Net/ServerSocketImpl.h"


namespace Poco {
namespace Net {


ServerSocketImpl::ServerSocketImpl()
{
}


ServerSocketImpl::~ServerSocketImpl()
{
}


} } // namespace Poco::Net
