//
// Poco.h
//
// Library: Foundation
// Package: Core
// Module:  Foundation
//
// Basic definitions for the POCO libraries.
//
// Copyright (c) 2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#ifndef Foundation_Poco_INCLUDED
#define Foundation_Poco_INCLUDED


#include "Poco/Foundation.h"


#endif // Foundation_Poco_INCLUDED
