#include <catch2/catch.hpp>

#include "ansible/help.hpp"
#include "probe_helpers.hpp"

using namespace stackrescue::ansible;
using namespace stackrescue::ansible::testing;

TEST_CASE("the sidecar YAML carries DOCUMENTATION, EXAMPLES and RETURN", "[doc]") {
  std::string yaml = render_doc_yaml(probe_spec(), "stackrescue.cloud", "0.1.0");
  CHECK_THAT(yaml, Catch::Contains("\nDOCUMENTATION:\n  module: \"probe_module\"\n"));
  CHECK_THAT(yaml, Catch::Contains("  version_added: \"0.1.0\"\n"));
  CHECK_THAT(yaml, Catch::Contains("  author: [\"StackRescue engineers\"]\n"));
  CHECK_THAT(yaml, Catch::Contains("    \"name\":\n      description: [\"Name to greet.\"]\n      type: \"str\"\n"
                                   "      required: true\n      aliases: [\"server\"]\n"));
  CHECK_THAT(yaml, Catch::Contains("      no_log: true\n"));
  CHECK_THAT(yaml, Catch::Contains("      elements: \"int\"\n"));
  CHECK_THAT(yaml, Catch::Contains("      suboptions:\n        \"username\":\n"));
  CHECK_THAT(yaml, Catch::Contains("      default: \"demo\"\n"));
  CHECK_THAT(yaml, Catch::Contains("EXAMPLES: |2\n  - name: Greet\n    probe_module:\n"));
  CHECK_THAT(yaml, Catch::Contains("RETURN:\n  \"received\":\n"));
  CHECK_THAT(yaml, Catch::Contains("    sample: {\"name\": \"demo\"}\n"));
}

TEST_CASE("sidecar text is quoted safely", "[doc]") {
  ModuleSpec spec;
  spec.name = "odd";
  spec.short_description = "quotes \" and: colons # and \x7f";
  spec.examples = "has a \r carriage return";
  std::string yaml = render_doc_yaml(spec, "c.d", "1");
  CHECK_THAT(yaml, Catch::Contains("short_description: \"quotes \\\" and: colons # and \\u007f\""));
  CHECK_THAT(yaml, Catch::Contains("EXAMPLES: \"has a \\r carriage return\""));
  CHECK_THAT(yaml, Catch::Contains("RETURN: {}"));
}

TEST_CASE("the .py doc file holds DOCUMENTATION, EXAMPLES and RETURN as raw Python strings", "[doc]") {
  std::string py = render_doc_py(probe_spec(), "stackrescue.cloud", "0.1.0");
  CHECK_THAT(py, Catch::Contains("\nDOCUMENTATION = r\"\"\"\nmodule: \"probe_module\"\n"));
  CHECK_THAT(py, Catch::Contains("\noptions:\n  \"name\":\n    description: [\"Name to greet.\"]\n"));
  CHECK_THAT(py, Catch::Contains("\nEXAMPLES = r\"\"\"\n- name: Greet\n  probe_module:\n"));
  CHECK_THAT(py, Catch::Contains("\nRETURN = r\"\"\"\n\"received\":\n"));
  CHECK_THAT(py, !Catch::Contains("import"));  // documentation only: nothing to run
}

TEST_CASE(".py doc text that a raw string cannot hold becomes a quoted string", "[doc]") {
  ModuleSpec spec;
  spec.name = "odd";
  spec.short_description = "plain";
  spec.examples = "ends with a quote \"\"\" inside and a CR \r";
  std::string py = render_doc_py(spec, "c.d", "1");
  CHECK_THAT(py, Catch::Contains("EXAMPLES = \"ends with a quote \\\"\\\"\\\" inside and a CR \\r\""));
  CHECK_THAT(py, Catch::Contains("RETURN = r\"\"\"\n\"\"\""));  // no return values: empty
}

TEST_CASE("--help lists options with type, default, choices, required, no_log, and return values", "[doc]") {
  std::string help = render_help(probe_spec(), "0.1.0");
  CHECK_THAT(help, Catch::StartsWith("probe_module 0.1.0 - Exercise the StackRescue module runtime"));
  CHECK_THAT(help, Catch::Contains("  name (str, required; aliases: server)\n      Name to greet."));
  CHECK_THAT(help, Catch::Contains("  state (str; default: \"present\"; choices: present, absent)"));
  CHECK_THAT(help, Catch::Contains("  password (str; no_log: the value is never printed)"));
  CHECK_THAT(help, Catch::Contains("    auth.username (str, required)"));
  CHECK_THAT(help, Catch::Contains("  ports (list of int)"));
  CHECK_THAT(help, Catch::Contains("Return values:\n  received (dict; returned: success)"));
  CHECK_THAT(help, Catch::Contains("  required if state is absent: image\n"));
}

TEST_CASE("rules across options become notes in the docs and lines in --help", "[doc]") {
  ModuleSpec spec = probe_spec();
  spec.required_one_of = {{"labels", "extra", "image"}};
  CHECK(rule_notes(spec) == std::vector<std::string>{"Only one of C(labels) and C(extra) may be given.",
                                                     "C(mode) and C(timeout) are required together.",
                                                     "One of C(labels), C(extra) and C(image) is required.",
                                                     "When C(state) is C(absent), C(image) is required."});
  CHECK_THAT(render_doc_yaml(spec, "stackrescue.cloud", "0.1.0"),
             Catch::Contains("  notes: [\"Only for tests.\", \"Only one of C(labels) and C(extra) may be given.\""));
  CHECK_THAT(render_help(spec, "0.1.0"), Catch::Contains("  one of these is required: labels, extra, image\n"));
}
