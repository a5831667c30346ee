//
// Manifest.cpp
//
// Library: Foundation
// Package: SharedLibrary
// Module:  ClassLoader
//
// Copyright (c) 2004-2006, Applied Informatics Software Engineering GmbH.
// and Contributors.
//
// SPDX-License-Identifier:	BSL-1.0
//


#include "Poco/Manifest.h"


namespace Poco {


ManifestBase::ManifestBase()
{
}


ManifestBase::~ManifestBase()
{
}


} // namespace Poco
