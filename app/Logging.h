#pragma once

#include <QString>

// spdlog to a rotating file in the data directory; Qt's own messages are routed there too.
namespace Logging {
void start(const QString& directory); // empty: stderr only, nothing created on disk
QString logFilePath();
} // namespace Logging
