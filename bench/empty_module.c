/* Ansible's floor: the emptiest binary module there is. Ansible runs it exactly like our
 * modules (binary module protocol: argv[1] = args file); it reads nothing and prints a
 * result. bench/run compiles it into a temporary ANSIBLE_LIBRARY as `bench_empty`. */
#include <stdio.h>

int main(void) {
  fputs("{\"changed\": false}\n", stdout);
  return 0;
}
