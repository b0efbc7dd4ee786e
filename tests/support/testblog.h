#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace Postwright::Test {

// A throwaway blog folder for one test: blog.yaml plus whatever files the test writes.
class TestBlog
{
public:
    explicit TestBlog(const QByteArray &blogYaml = "title: Test Blog\nbaseURL: https://example.org/\n");

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const;

    // Writes a file (creating folders) and returns its absolute path.
    QString write(const QString &relative, const QByteArray &content) const;
    QByteArray read(const QString &relative) const;
    bool remove(const QString &relative) const;

    // A post file with front matter built from the arguments.
    QString writePost(const QString &relative, const QString &title, const QString &date,
                      const QString &category = {}, bool draft = false, const QByteArray &body = "Text.\n") const;

private:
    QTemporaryDir m_dir;
};

// The repository's bundled sample blog (resources/sample-blog).
QString sampleBlogSourcePath();

} // namespace Postwright::Test
