//
// Runnable.cpp
//
// Library: Foundation
// Package: Threading
// Module:  Thread
//
// Copyright (c) 2004-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/Runnable.h"
#include "Poco/Thread.h"


namespace Poco {


Runnable::Runnable()
{
}


Runnable::~Runnable()
{
}


} // namespace Poco
