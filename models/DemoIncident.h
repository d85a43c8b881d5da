#pragma once

#include "IncidentData.h"

#include <QCoreApplication>
#include <optional>

// Builds a complete recorded incident (seed 001's) from the shipped demo JSON.
class DemoIncident
{
    Q_DECLARE_TR_FUNCTIONS(DemoIncident)
public:
    static std::optional<IncidentData> fromJson(const QByteArray& json, const QByteArray& checklistJson,
                                                QString* error);
};
