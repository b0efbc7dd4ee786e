#pragma once

#include "publish/blogapi.h"
#include "publish/publishtargets.h"

#include <functional>
#include <memory>

namespace Postwright {

// The BlogApi for a blog API target (wordpress, metaweblog, ghost, micropub): its secret is the
// application password, the XML-RPC password, the Admin API key or the bearer token. stop() ends
// retry pauses early (a cancel). Construct on the thread that uses it.
std::unique_ptr<BlogApi> makeBlogApi(const PublishTarget &target, const QString &secret,
                                     std::function<bool()> stop = {});

} // namespace Postwright
