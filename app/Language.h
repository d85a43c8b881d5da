#pragma once

#include <QString>

// Installs the console's own and Qt's translations for "en" or "ko", replacing earlier ones.
namespace Language {
bool install(const QString& language);
QString fromArguments(int argc, char** argv); // a "--lang X" given on the command line, or empty
} // namespace Language
