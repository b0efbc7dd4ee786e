#pragma once

#include <QByteArray>

namespace Postwright::Test {

// A 1x1 transparent PNG, for uploads and posts with pictures (no QtGui needed to make one).
inline const QByteArray onePixelPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

} // namespace Postwright::Test
