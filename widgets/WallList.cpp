#include "WallList.h"

#include "ElidingLabel.h"

#include <QEvent>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

WallList::WallList(Keep keep, QWidget* parent)
    : QWidget(parent)
    , m_keep(keep)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
}

void WallList::setRows(const QList<Row>& rows)
{
    m_rows = rows;
    place();
}

int WallList::shownRows() const
{
    return static_cast<int>(shownLabels().size());
}

QList<ElidingLabel*> WallList::shownLabels() const
{
    QList<ElidingLabel*> shown;
    for (ElidingLabel* label : m_labels) {
        if (!label->isHidden())
            shown << label;
    }
    return shown;
}

int WallList::heightOf(const QString& text) const
{
    // Hangul comes from a fallback font with a taller line: measure the text itself.
    return fontMetrics()
        .boundingRect(QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX), Qt::AlignLeft | Qt::TextSingleLine, text)
        .height();
}

int WallList::ascentOf(const QString& text) const
{
    QTextLayout layout(text, font());
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return static_cast<int>(std::ceil(line.ascent()));
}

QSize WallList::sizeHint() const
{
    return {0, 3 * qMax(m_rowHeight, fontMetrics().height())};
}

QSize WallList::minimumSizeHint() const
{
    return {0, qMax(m_rowHeight, fontMetrics().height())};
}

void WallList::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    place();
}

void WallList::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        for (ElidingLabel* label : m_labels + m_leads)
            label->setFont(font());
        place();
    }
}

ElidingLabel* WallList::makeLabel()
{
    auto* label = new ElidingLabel(this);
    label->setAutoFillBackground(true); // each row carries its colours: contrast can be checked
    label->setFont(font());
    return label;
}

void WallList::place()
{
    // Only the rows that could fit are measured: a timeline may hold thousands.
    const int most = qMax(1, height() / qMax(1, fontMetrics().height()));
    const qsizetype candidates = qMin<qsizetype>(m_rows.size(), most + 1);
    const qsizetype firstCandidate = m_keep == Keep::Newest ? m_rows.size() - candidates : 0;
    int rowHeight = fontMetrics().height();
    for (qsizetype i = firstCandidate; i < firstCandidate + candidates; ++i)
        rowHeight = qMax(rowHeight, heightOf(m_rows.at(i).lead + m_rows.at(i).text));
    if (rowHeight != m_rowHeight) {
        m_rowHeight = rowHeight;
        updateGeometry();
    }
    // Coloured rows (alerts) need a gap to stand apart; plain ones (events) read as one list without.
    const bool coloured = std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const Row& row) {
        return row.background != palette().color(QPalette::Window);
    });
    const int gap = coloured ? rowHeight / 8 : 0;
    const int indent = coloured ? fontMetrics().averageCharWidth() / 2 : 0;
    m_rowPitch = rowHeight + gap;
    const int fit = (height() + gap) / m_rowPitch;
    const qsizetype shown = qMin<qsizetype>(m_rows.size(), fit);
    QList<Row> rows = m_keep == Keep::Newest ? m_rows.mid(m_rows.size() - shown) : m_rows.mid(0, shown);
    if (m_keep == Keep::First && shown < m_rows.size() && shown > 0) {
        const Row& last = rows.last();
        rows.last() = Row{QString(), tr("+ %n more", nullptr, static_cast<int>(m_rows.size() - shown + 1)),
                          last.foreground, last.background};
    }
    int leadWidth = 0;
    for (const Row& row : std::as_const(rows)) {
        if (!row.lead.isEmpty())
            leadWidth = qMax(leadWidth, fontMetrics().horizontalAdvance(row.lead) + indent + 2 * fontMetrics().averageCharWidth());
    }
    leadWidth = qMin(leadWidth, width() / 2);
    while (m_labels.size() < rows.size()) {
        m_leads << makeLabel();
        m_labels << makeLabel();
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        ElidingLabel* lead = m_leads.at(i);
        ElidingLabel* label = m_labels.at(i);
        if (i >= rows.size()) {
            lead->hide();
            label->hide();
            continue;
        }
        const Row& row = rows.at(i);
        const int y = static_cast<int>(i) * m_rowPitch;
        for (ElidingLabel* part : {lead, label}) {
            QPalette p = part->palette();
            p.setColor(QPalette::Window, row.background);
            p.setColor(QPalette::WindowText, row.foreground);
            part->setPalette(p);
        }
        const int textLeft = row.lead.isEmpty() ? 0 : leadWidth;
        lead->setVisible(!row.lead.isEmpty());
        // Lead and text share one baseline, wherever a Hangul fallback font puts it for either of them.
        const QString whole = row.lead + row.text;
        const int baseline = (rowHeight - heightOf(whole)) / 2 + ascentOf(whole);
        // Margins, not QLabel's indent: with AlignTop the indent would push the text down as well.
        for (ElidingLabel* part : {lead, label}) {
            const bool first = part == lead || row.lead.isEmpty();
            part->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            part->setContentsMargins(first ? indent : 0, qMax(0, baseline - ascentOf(part == lead ? row.lead : row.text)), 0, 0);
        }
        lead->setGeometry(0, y, leadWidth, rowHeight);
        lead->setFullText(row.lead);
        label->setGeometry(textLeft, y, width() - textLeft, rowHeight);
        label->setFullText(row.text);
        label->show();
    }
}
