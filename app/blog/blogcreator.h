#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Postwright {

// What a new blog's blog.yaml says; empty fields are left out (BlogSettings' defaults apply).
struct NewBlogSettings
{
    QString title;
    QString description;
    QString author;
    QString baseUrl;
    QString language;
};

// Makes an empty native blog (ARCHITECTURE.md, "The blog on disk"): blog.yaml, posts/, pages/,
// static/ and a .gitignore for the local state and the build output. For "new blog" and imports.
namespace BlogCreator {

// The text of blog.yaml for these settings, every value quoted as YAML needs it.
QByteArray blogYaml(const NewBlogSettings &settings);

// Creates the blog in root (made when missing). Refuses a folder that already holds anything
// but hidden files, so an existing blog or project is never turned into another one.
Result<void> create(const QString &root, const NewBlogSettings &settings);

} // namespace BlogCreator
} // namespace Postwright
