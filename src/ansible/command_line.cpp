#include "ansible/command_line.hpp"

#include <boost/program_options.hpp>

namespace stackrescue::ansible {

namespace po = boost::program_options;

CommandLine parse_command_line(int argc, char** argv) {
  CommandLine cli;
  po::options_description flags;
  flags.add_options()("help", po::bool_switch(&cli.help))("version", po::bool_switch(&cli.version))(
      "doc-yaml", po::bool_switch(&cli.doc_yaml))("doc-py", po::bool_switch(&cli.doc_py))("args-file", po::value<std::string>());
  po::positional_options_description positional;
  positional.add("args-file", 1);
  const std::string usage = "; the module takes the path of a JSON args file, or --help, --version, --doc-yaml, --doc-py";
  // No guessing: "--he" must not quietly mean --help.
  const int style = po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
  try {
    po::variables_map values;
    po::store(po::command_line_parser(argc, argv).options(flags).positional(positional).style(style).run(), values);
    po::notify(values);
    if (values.count("args-file") && values["args-file"].as<std::string>() != "-")
      cli.args_file = values["args-file"].as<std::string>();
  } catch (const po::unknown_option& e) {
    throw CommandLineError("unknown command-line option '" + e.get_option_name() + "'" + usage);
  } catch (const po::too_many_positional_options_error&) {
    throw CommandLineError("too many command-line arguments: expected at most one args file" + usage);
  } catch (const po::error& e) {
    throw CommandLineError(std::string("invalid command line: ") + e.what() + usage);
  }
  return cli;
}

}  // namespace stackrescue::ansible
