#pragma once

#include <QCoreApplication>
#include <QString>

class Incident;

// Writes the post-mortem atomically: the old file stays intact unless the new one is complete.
class PostmortemExport
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemExport)
public:
    static bool write(const Incident& incident, const QString& path, QString* error);
};
