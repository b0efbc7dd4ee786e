#pragma once

#include "site/theme.h"
#include "util/result.h"

#include <QByteArray>
#include <QVariantMap>

#include <memory>

namespace Postwright {

// Renders the theme's Mustache templates (kainjow-mustache) with a QVariantMap context
// (QString/int/bool/QVariantMap/QVariantList values). Templates are compiled once when the engine
// is created, with their {{> partials}} resolved; render() is thread-safe, so posts can be rendered
// on all cores at once. Template errors name the template's origin and line.
//
// Values beyond plain Mustache, so templates need no "or"/"if not empty" logic: an empty string
// and an empty map are falsy like an empty list, and every list `x` in a map also gets `has_x`
// (true when the list has items) unless the map already has that key.
class TemplateEngine
{
public:
    static Result<std::shared_ptr<const TemplateEngine>> create(const Theme &theme);
    ~TemplateEngine();

    bool hasTemplate(const QString &name) const;
    Result<QByteArray> render(const QString &name, const QVariantMap &context) const;

private:
    TemplateEngine();
    struct Compiled;
    QHash<QString, std::shared_ptr<Compiled>> m_templates;
};

} // namespace Postwright
