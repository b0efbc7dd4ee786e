#include "testblog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Postwright::Test {

TestBlog::TestBlog(const QByteArray &blogYaml)
{
    if (m_dir.isValid())
        write(QStringLiteral("blog.yaml"), blogYaml);
}

QString TestBlog::path(const QString &relative) const
{
    return QDir(m_dir.path()).filePath(relative);
}

QString TestBlog::write(const QString &relative, const QByteArray &content) const
{
    const QString filePath = path(relative);
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("TestBlog: cannot write %s", qPrintable(filePath));
    file.write(content);
    return filePath;
}

QByteArray TestBlog::read(const QString &relative) const
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool TestBlog::remove(const QString &relative) const
{
    return QFile::remove(path(relative));
}

QString TestBlog::writePost(const QString &relative, const QString &title, const QString &date,
                            const QString &category, bool draft, const QByteArray &body) const
{
    QByteArray text = "---\ntitle: \"" + title.toUtf8() + "\"\ndate: " + date.toUtf8() + "\n";
    if (!category.isEmpty())
        text += "categories: [\"" + category.toUtf8() + "\"]\n";
    if (draft)
        text += "draft: true\n";
    text += "---\n" + body;
    return write(relative, text);
}

QString sampleBlogSourcePath()
{
    return QStringLiteral(POSTWRIGHT_SOURCE_DIR "/resources/sample-blog");
}

} // namespace Postwright::Test
