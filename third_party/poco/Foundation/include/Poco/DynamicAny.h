//
// DynamicAny.h
//
// Library: Foundation
// Package: Dynamic
// Module:  Var
//
// Forward header for Var class to maintain backward compatibility.
//
// Copyright (c) 2007, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#ifndef Foundation_DynamicAny_INCLUDED
#define Foundation_DynamicAny_INCLUDED

//@ deprecated
#include "Poco/Dynamic/Var.h"


#endif // Foundation_DynamicAny_INCLUDED
