#pragma once

#include <QImage>
#include <QRect>

class QPainter;

// An image over an area of a chart at the paint device's resolution, written pixel by pixel and blended
// once: Qt's translucent fills go row by row (on its thread pool), far slower than writing the pixels.
// Only what the last draw wrote is cleared before the next, not the whole area.
class DeviceOverlay
{
public:
    // Ready for writing over `area` (logical pixels) on `painter`'s device; returns device pixels per
    // logical pixel (the screen's ratio, or an export's scale).
    double begin(const QPainter* painter, const QRect& area);
    quint32* pixels() { return reinterpret_cast<quint32*>(m_image.bits()); }
    qsizetype stride() const { return m_image.bytesPerLine() / 4; }
    QSize size() const { return m_image.size(); }
    void touched(const QRect& device) { m_touched |= device; } // written since begin()
    void blend(QPainter* painter); // what was written, over the area

private:
    QImage m_image;
    QRect m_area;
    double m_scale = 1;
    QRect m_touched; // device pixels written since begin(), cleared by the next begin()
};
