// The one binary behind every module of the collection; see ansible/registry.hpp.
#include "ansible/registry.hpp"

int main(int argc, char** argv) { return stackrescue::ansible::run_registered_module(argc, argv); }
