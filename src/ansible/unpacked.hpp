#pragma once
// The collection's bin/stackrescue-modules is a sh header with one binary per architecture
// (collection/dispatcher.sh): it unpacks this machine's binary into a fresh folder and execs
// it, so that signals reach the module itself and its exit status is the task's. Having
// exec'd, the header cannot clean up: the module removes its own unpacked copy first thing.
namespace stackrescue::ansible {

// When STACKRESCUE_UNPACKED_DIR names the folder this very executable was started from,
// removes the executable (Linux keeps a running program's file until it exits) and the then
// empty folder, and unsets the variable (no child inherits it). Anything else is left alone:
// a folder that is not this executable's, or a variable set by someone else.
void remove_unpacked_copy();

}  // namespace stackrescue::ansible
