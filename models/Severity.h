#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <optional>

enum class Severity { Sev1 = 1, Sev2 = 2, Sev3 = 3 };

// Names, definitions (seed 004) and status-update cadence of each SEV level.
class SeverityInfo
{
    Q_DECLARE_TR_FUNCTIONS(SeverityInfo)
public:
    static QList<Severity> all() { return {Severity::Sev1, Severity::Sev2, Severity::Sev3}; }
    static QString label(Severity severity);
    static QString definition(Severity severity);
    static int updateCadenceMinutes(Severity severity);
    static QColor color(Severity severity);
    static std::optional<Severity> fromNumber(int number);
    static std::optional<Severity> parse(const QString& text);
    // Definitions and cadences from the SEV templates replace the built-in ones.
    static void configure(Severity severity, const QString& definition, int cadenceMinutes);
};
