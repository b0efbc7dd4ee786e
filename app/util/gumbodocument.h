#pragma once

#include <QByteArray>

#include <gumbo.h>

#include <memory>

namespace Postwright {

// HTML parsed by gumbo (a complete HTML5 parser), for the few places that read HTML: the sanitiser,
// Micropub endpoint discovery, a built site's stylesheet links. The tree lives in an arena freed in one
// step, not through gumbo_destroy_output(), which recurses once per level of nesting: a hostile page
// nested thousands deep must not overflow a worker thread's stack. The arena's memory is zeroed:
// gumbo 0.10 leaves a fragment's quirks mode unset, and recycled memory made the same HTML parse
// differently from call to call.
class GumboDocument
{
public:
    enum class Kind {
        Document, // a whole page
        Fragment, // the inside of a <div> (HTML written in a post)
    };

    explicit GumboDocument(const QByteArray &utf8, Kind kind = Kind::Document);
    ~GumboDocument();
    GumboDocument(const GumboDocument &) = delete;
    GumboDocument &operator=(const GumboDocument &) = delete;

    // The <html> element (for a fragment: the element that holds it); nullptr when nothing was parsed.
    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }

private:
    class Arena;

    QByteArray m_source; // gumbo's nodes point into it
    std::unique_ptr<Arena> m_arena;
    const GumboOutput *m_output = nullptr;
};

} // namespace Postwright
