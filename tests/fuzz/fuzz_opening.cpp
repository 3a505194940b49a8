// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// libFuzzer entry point; the body is imdp::fuzz::opening (targets.cpp), also replayed by
// the suite.
#include "targets.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    imdp::fuzz::prepare();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    imdp::fuzz::opening(data, size);
    return 0;
}
