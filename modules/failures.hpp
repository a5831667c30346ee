#pragma once
// Expected failures of the layers below, reported as module failures.
//
// DECLARATION REQUEST (module runtime / module_support owners): ansible::run_module reports
// every exception that is not an ansible::ModuleFailure as "unexpected error: ...". The
// errors of the OpenStack layer (lookup, API, configuration, transport) and of the ops
// layer are expected, with complete messages, and ops failures carry extra result keys
// (the `server` as last seen). Until the runtime or module_support translates them (e.g. a
// common base class in src/common that the runtime catches, with an extra() payload),
// every module's run() is wrapped here, once. Remove this file when that lands.
#include "ansible/module.hpp"
#include "http/transport.hpp"
#include "openstack/errors.hpp"
#include "ops/errors.hpp"

namespace stackrescue::modules {

inline ansible::RunFunction reporting_failures(ansible::RunFunction run) {
  return [run](const ansible::Params& params, ansible::Context& ctx) -> ansible::Result {
    try {
      return run(params, ctx);
    } catch (const ops::OperationFailed& e) {
      throw ansible::ModuleFailure(e.what(), e.details());
    } catch (const openstack::ApiError& e) {
      nlohmann::json extra = {{"status_code", e.status()}};
      if (!e.request_id().empty()) extra["request_id"] = e.request_id();
      throw ansible::ModuleFailure(e.what(), extra);
    } catch (const openstack::LookupError& e) {
      throw ansible::ModuleFailure(e.what());
    } catch (const openstack::ConfigError& e) {
      throw ansible::ModuleFailure(e.what());
    } catch (const openstack::ResponseError& e) {
      throw ansible::ModuleFailure(e.what());
    } catch (const http::TransportError& e) {
      throw ansible::ModuleFailure(e.what());
    }
  };
}

}  // namespace stackrescue::modules
