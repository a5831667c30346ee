//
// Platform_VX.h
//
// Library: Foundation
// Package: Core
// Module:  Platform
//
// Platform and architecture identification macros
// and platform-specific definitions for VxWorks
//
// Copyright (c) 2004-2011, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#ifndef Foundation_Platform_VX_INCLUDED
#define Foundation_Platform_VX_INCLUDED


#define POCO_NO_SYS_SELECT_H
#define POCO_NO_FPENVIRONMENT
#define POCO_NO_WSTRING
#define POCO_NO_SHAREDMEMORY
#define POCO_NO_SYSLOGCHANNEL


#endif // Foundation_Platform_VX_INCLUDED
