#pragma once

#include <QString>
#include <optional>

// spdlog to a rotating file in the data directory; Qt's messages, each with its category (ic.store,
// ic.network, ... see LogCategories.h), are routed there too, one line each.
namespace Logging {
// directory empty: stderr only, nothing created on disk. Warnings are echoed on stderr unless the
// caller speaks for itself there (the command line's verbs): then errors only.
void start(const QString& directory, bool echoWarnings = true);
QString logFilePath();
// "--log-level" words as Qt filter rules: "debug" (every ic.* module), "ic.network=debug" (one module),
// or both comma-separated; levels are debug, info, warning, error. Nullopt, and *error, for other words.
std::optional<QString> rulesFor(const QString& levels, QString* error = nullptr);
// Applies rulesFor(levels) over the defaults (info and above); QT_LOGGING_RULES, Qt's own, still wins.
bool setLevels(const QString& levels, QString* error = nullptr);
QString levelsFromArguments(int argc, char** argv); // read before the command line is parsed
} // namespace Logging
