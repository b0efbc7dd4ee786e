#include "gumbodocument.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace Postwright {

// Gumbo allocates from this and never frees; the blocks go with the document.
class GumboDocument::Arena
{
public:
    static void *allocate(void *userData, size_t size) { return static_cast<Arena *>(userData)->take(size); }
    static void release(void *, void *) {}

private:
    static constexpr size_t blockSize = 64 * 1024;
    static constexpr size_t alignment = alignof(std::max_align_t);

    void *take(size_t size)
    {
        size = std::max<size_t>(alignment, (size + alignment - 1) & ~(alignment - 1));
        if (size > blockSize / 4) { // large buffers get a block of their own
            m_blocks.push_back(std::make_unique<std::byte[]>(size));
            return m_blocks.back().get();
        }
        if (!m_current || m_used + size > blockSize) {
            m_blocks.push_back(std::make_unique<std::byte[]>(blockSize));
            m_current = m_blocks.back().get();
            m_used = 0;
        }
        void *p = m_current + m_used;
        m_used += size;
        return p;
    }

    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::byte *m_current = nullptr;
    size_t m_used = 0;
};

GumboDocument::GumboDocument(const QByteArray &utf8, Kind kind)
    : m_source(utf8)
    , m_arena(std::make_unique<Arena>())
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::release;
    options.userdata = m_arena.get();
    options.max_errors = 0; // parse errors are not used: do not collect them
    if (kind == Kind::Fragment) {
        options.fragment_context = GUMBO_TAG_DIV;
        options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    }
    m_output = gumbo_parse_with_options(&options, m_source.constData(), size_t(m_source.size()));
}

GumboDocument::~GumboDocument() = default;

} // namespace Postwright
