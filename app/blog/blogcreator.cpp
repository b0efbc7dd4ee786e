#include "blog/blogcreator.h"

#include "blog/blogsettings.h"
#include "blog/yamlscalar.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Postwright::BlogCreator {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::BlogCreator", text);
}

QString line(const QString &key, const QString &value)
{
    return key + u": "_s + YamlScalar::write(value, YamlScalar::Quote::Plain, false) + u'\n';
}

} // namespace

QByteArray blogYaml(const NewBlogSettings &settings)
{
    QString text = u"# Site settings for this blog, and (once you add them) its publish targets.\n"
                   "# Never put passwords, tokens or keys here: Postwright keeps those in the system "
                   "keychain.\n"_s;
    const std::pair<const char16_t *, const QString *> fields[] = {
        {u"title", &settings.title},       {u"description", &settings.description},
        {u"author", &settings.author},     {u"baseURL", &settings.baseUrl},
        {u"language", &settings.language},
    };
    for (const auto &[key, value] : fields) {
        if (const QString trimmed = value->trimmed(); !trimmed.isEmpty())
            text += line(QString::fromUtf16(key), trimmed);
    }
    return text.toUtf8();
}

Result<void> create(const QString &root, const NewBlogSettings &settings)
{
    const QDir dir(root);
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir())
        return SourceError{root, 0, 0, tr("This is a file, not a folder.")};
    if (!dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        return SourceError{root, 0, 0,
                           tr("The folder is not empty: a new blog needs an empty or new folder.")};
    }
    const QByteArray yaml = blogYaml(settings);
    // Checked rather than trusted, like a post's front matter: the blog must open afterwards.
    if (Result<BlogSettings> parsed = BlogSettings::parse(QString::fromUtf8(yaml), u"blog.yaml"_s); !parsed)
        return parsed.error();
    if (!QDir().mkpath(root))
        return SourceError{root, 0, 0, tr("The folder could not be created.")};
    for (const char16_t *folder : {u"posts", u"pages", u"static"}) {
        if (!dir.mkpath(QString::fromUtf16(folder)))
            return SourceError{dir.filePath(QString::fromUtf16(folder)), 0, 0,
                               tr("The folder could not be created.")};
    }
    // A folder that is already a git work tree may have its own .gitignore: that one stays.
    if (const QString ignore = dir.filePath(u".gitignore"_s); !QFileInfo::exists(ignore)) {
        if (Result<void> written = AtomicFile::writeNew(ignore, "public/\n.postwright/\n"); !written)
            return written;
    }
    // blog.yaml last: a folder is a blog only once everything else is there.
    return AtomicFile::writeNew(dir.filePath(u"blog.yaml"_s), yaml);
}

} // namespace Postwright::BlogCreator
