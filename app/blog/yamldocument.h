#pragma once

#include "util/result.h"

#include <QString>

#include <yaml-cpp/node/node.h>

namespace Postwright {

// A whole settings file read with yaml-cpp; a syntax error becomes a SourceError at its file:line:col
// ("Invalid YAML: …"). For blog.yaml, postwright.yaml and the generators' config files; front
// matter, which sits lines into a post, reports its own positions (FrontMatter).
Result<YAML::Node> loadYamlDocument(const QString &text, const QString &fileName);

} // namespace Postwright
