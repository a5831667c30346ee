/* Ansible's floor for the fleet benchmark: a binary module that does nothing and returns
 * the keys the real module would. bench/run --fleet (stackrescue_bench/runs/fleet.py)
 * installs it under each module's name in a copy of the collection; it prints
 * $STACKRESCUE_NOOP_DIR/<its own name>.json, a result recorded from the real module
 * (Ansible runs binary modules as AnsiballZ_<name>). */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char** argv) {
  (void)argc;
  const char* dir = getenv("STACKRESCUE_NOOP_DIR");
  // Ansible names the copy it runs AnsiballZ_<module>.
  const char* name = basename(argv[0]);
  if (strncmp(name, "AnsiballZ_", 10) == 0) name += 10;
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.json", dir ? dir : ".", name);
  FILE* in = fopen(path, "r");
  if (!in) {
    printf("{\"failed\": true, \"msg\": \"no recorded result %s\"}\n", path);
    return 1;
  }
  char buffer[65536];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, in)) > 0) fwrite(buffer, 1, n, stdout);
  fclose(in);
  return 0;
}
