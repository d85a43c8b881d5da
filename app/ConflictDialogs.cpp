#include "ConflictDialogs.h"

#include "Incident.h"
#include "IncidentService.h"
#include "PostmortemEditor.h"
#include "PostmortemJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>

namespace {
// The sections two post-mortems differ in, each with both texts, for the person to compare.
QString differences(const PostmortemFields& theirs, const PostmortemFields& mine)
{
    const QJsonObject a = PostmortemJson::toJson(theirs);
    const QJsonObject b = PostmortemJson::toJson(mine);
    QStringList out;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString& key : keys) {
        if (a.value(key) == b.value(key))
            continue;
        auto text = [](const QJsonValue& v) {
            return v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
        };
        out << QStringLiteral("[%1]\n%2:\n%3\n\n%4:\n%5")
                   .arg(key, ConflictDialogs::tr("Theirs"), text(a.value(key)), ConflictDialogs::tr("Yours"), text(b.value(key)));
    }
    return out.join(QStringLiteral("\n\n"));
}
} // namespace

ConflictDialogs::ConflictDialogs(IncidentService& service, PostmortemEditor& editor, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_editor(editor)
    , m_window(window)
{
    connect(&m_service, &IncidentService::editConflict, this, &ConflictDialogs::eventConflict);
    connect(&m_service, &IncidentService::postmortemConflict, this, &ConflictDialogs::postmortemConflict);
    connect(&m_service, &IncidentService::changesArrived, this, [this](const IncidentChanges& changes) {
        if (changes.postmortem)
            postmortemArrived();
    });
}

void ConflictDialogs::showPostmortem()
{
    const Incident* incident = m_service.current();
    m_editor.setFields(incident ? incident->data().postmortem : PostmortemFields());
    m_postmortemBase = incident ? incident->data().postmortemVersion : 0;
}

void ConflictDialogs::acceptSaved()
{
    if (const Incident* incident = m_service.current())
        m_postmortemBase = incident->data().postmortemVersion;
}

void ConflictDialogs::postmortemArrived()
{
    // Another seat's save: shown at once unless this seat is in the middle of its own edit, which is then
    // checked against it when it is saved.
    if (!m_editor.hasUnsavedEdits())
        showPostmortem();
}

void ConflictDialogs::eventConflict(const TimelineEvent& theirs, const QString& myText, qint64 myAtMs)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Event changed by another seat"),
                                tr("%1 changed this event while you were editing it. Which version should the timeline keep?")
                                    .arg(theirs.author.isEmpty() ? tr("Another seat") : theirs.author),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(tr("Theirs:\n%1\n\nYours:\n%2").arg(theirs.text, myText));
    box->setInformativeText(tr("Theirs: %1\nYours: %2").arg(theirs.text.left(200), myText.left(200)));
    QPushButton* mine = box->addButton(tr("Keep yours"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    const qint64 eventId = theirs.id;
    const int revision = theirs.revisions;
    connect(box, &QMessageBox::finished, this, [this, box, mine, eventId, myText, myAtMs, revision] {
        if (box->clickedButton() == mine)
            m_service.editEvent(eventId, myText, myAtMs, revision);
    });
    box->open();
}

void ConflictDialogs::postmortemConflict(const PostmortemFields& theirs, int theirVersion, const PostmortemFields& mine)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Post-mortem changed by another seat"),
                                tr("Another seat saved the post-mortem while you were writing it. Keep your version, or take "
                                   "theirs? The details show both, section by section."),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(differences(theirs, mine));
    QPushButton* keepMine = box->addButton(tr("Keep yours"), QMessageBox::AcceptRole);
    box->addButton(tr("Take theirs"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, keepMine, theirs, theirVersion, mine] {
        if (box->clickedButton() == keepMine) {
            if (m_service.savePostmortem(mine, theirVersion))
                m_postmortemBase = theirVersion + 1;
        } else {
            m_editor.setFields(theirs);
            m_postmortemBase = theirVersion;
        }
    });
    box->open();
}
