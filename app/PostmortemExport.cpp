#include "PostmortemExport.h"

#include "Incident.h"
#include "PostmortemWriter.h"

#include <QFileInfo>
#include <QSaveFile>

bool PostmortemExport::write(const Incident& incident, const QString& path, QString* error)
{
    const QByteArray markdown = PostmortemWriter().write(incident.data(), incident.checklist()).toUtf8();
    QSaveFile file(path);
    auto fail = [&](const QString& detail) {
        if (error)
            *error = tr("Could not write the post-mortem to %1: %2. Any earlier file there is unchanged. "
                        "Choose a folder you can write to.")
                         .arg(QFileInfo(path).absoluteFilePath(), detail);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(markdown) != markdown.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}
