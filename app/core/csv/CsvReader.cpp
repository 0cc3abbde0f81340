#include "csv/CsvReader.h"

#include "csv/Delimiter.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace invsync {

namespace {

constexpr qsizetype ProgressStep = 4 << 20; // report every 4 MiB

// Counts the line breaks (LF, CRLF, lone CR) in [p, end).
int countLineBreaks(const char *p, const char *end)
{
    int n = 0;
    for (; p < end; ++p) {
        if (*p == '\n')
            ++n;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++n;
    }
    return n;
}

constexpr std::uint64_t Ones = 0x0101010101010101ull;
constexpr std::uint64_t Highs = 0x8080808080808080ull;

// Bytes of the word equal to b get their high bit set (exact for the lowest
// match, which is all the scan below uses).
inline std::uint64_t matches(std::uint64_t word, std::uint64_t broadcast)
{
    const std::uint64_t x = word ^ broadcast;
    return (x - Ones) & ~x & Highs;
}

// The first delimiter, CR or LF at or after p, or end. Eight bytes a step:
// unquoted fields are most of any inventory file. A word is flagged when it
// holds the delimiter or any byte below 0x0E (CR, LF, and rarer controls such
// as tab, which the byte table then tells apart).
inline char *findFieldEnd(char *p, const char *end, std::uint64_t delim, const bool *stop)
{
    constexpr std::uint64_t Below0E = Ones * 0x0E;
    for (;;) {
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            const std::uint64_t hit = matches(word, delim) | ((word - Below0E) & ~word & Highs);
            if (hit) {
                if constexpr (std::endian::native == std::endian::little)
                    p += std::countr_zero(hit) >> 3;
                break;
            }
            p += 8;
        }
        while (p < end && !stop[static_cast<unsigned char>(*p)]) {
            ++p;
            if constexpr (std::endian::native == std::endian::little) {
                if (end - p >= 8)
                    break; // a control byte that is no field end: back to words
            }
        }
        if (p >= end || stop[static_cast<unsigned char>(*p)])
            return p;
    }
}

// Lines in the first part of the text, scaled to the whole: enough to
// reserve the record vectors without a pass over all of it.
size_t estimateLines(const char *begin, const char *end)
{
    constexpr qsizetype Sample = 64 * 1024;
    const qsizetype size = end - begin;
    const qsizetype sampled = qMin(size, Sample);
    const auto lines = size_t(std::count(begin, begin + sampled, '\n')) + 1;
    return size_t(double(lines) * double(size) / double(qMax<qsizetype>(sampled, 1)) * 1.05) + 16;
}

} // namespace

CsvReadResult CsvReader::read(QByteArray utf8, qsizetype start, const ProgressCallback &progress) const
{
    CsvReadResult result;
    CsvTable &t = result.table;
    t.data = std::move(utf8);
    const qsizetype n = t.data.size();
    char *const base = t.data.data(); // detaches only if the caller kept a copy
    const char *const end = base + n;
    const char delim = m_delimiter;

    // Field boundaries: delimiter, CR, LF.
    std::array<bool, 256> stop{};
    stop[static_cast<unsigned char>(delim)] = true;
    stop['\r'] = true;
    stop['\n'] = true;

    // Reserve from the number of lines, so that a million-row file is not
    // built by repeated reallocation. Untouched reserve is not resident.
    const size_t lineEstimate = estimateLines(base + qMin(start, n), end);
    const std::uint64_t delimBroadcast = Ones * static_cast<unsigned char>(delim);
    t.lines.reserve(lineEstimate);
    t.firstField.reserve(lineEstimate + 1);
    bool reservedFields = false;

    char *pos = base + qMin(start, n);
    int line = 1;
    qsizetype nextProgress = ProgressStep;

    while (pos < end) {
        if (progress && pos - base >= nextProgress) {
            nextProgress += ProgressStep;
            if (!progress(pos - base, n)) {
                result.cancelled = true;
                return result;
            }
        }

        const int recordLine = line;
        const auto recordFirst = std::uint32_t(t.fields.size());
        bool allEmpty = true;
        bool recordDone = false;

        while (!recordDone) {
            CsvField field;
            if (pos < end && *pos == '"') {
                // Quoted field: unescape in place ("" -> ") behind the read position.
                const int quoteLine = line;
                ++pos;
                char *out = pos;
                field.offset = std::uint32_t(pos - base);
                for (;;) {
                    auto *q = static_cast<char *>(std::memchr(pos, '"', size_t(end - pos)));
                    if (!q) {
                        line += countLineBreaks(pos, end);
                        if (out != pos)
                            std::memmove(out, pos, size_t(end - pos));
                        out += end - pos;
                        pos = const_cast<char *>(end);
                        result.unterminatedQuote = true;
                        result.unterminatedLine = quoteLine;
                        result.unterminatedRecord = int(t.lines.size());
                        result.unterminatedColumn = int(t.fields.size() - recordFirst);
                        break;
                    }
                    line += countLineBreaks(pos, q);
                    if (out != pos)
                        std::memmove(out, pos, size_t(q - pos));
                    out += q - pos;
                    if (q + 1 < end && q[1] == '"') {
                        *out++ = '"';
                        pos = q + 2;
                        continue;
                    }
                    pos = q + 1;
                    // Text after the closing quote is kept, as spreadsheet
                    // programs and Python's csv module do: "ab"c reads as abc.
                    while (pos < end && !stop[static_cast<unsigned char>(*pos)])
                        *out++ = *pos++;
                    break;
                }
                field.length = std::uint32_t(out - (base + field.offset));
            } else {
                char *p = findFieldEnd(pos, end, delimBroadcast, stop.data());
                field.offset = std::uint32_t(pos - base);
                field.length = std::uint32_t(p - pos);
                pos = p;
            }
            if (field.length)
                allEmpty = false;
            t.fields.push_back(field);

            if (pos >= end) {
                recordDone = true;
            } else if (*pos == delim) {
                ++pos;
                if (pos >= end) {
                    // A trailing delimiter at the very end: one more empty field.
                    t.fields.push_back(CsvField{std::uint32_t(pos - base), 0});
                    recordDone = true;
                }
            } else {
                // CR, LF or CRLF
                if (*pos == '\r' && pos + 1 < end && pos[1] == '\n')
                    ++pos;
                ++pos;
                ++line;
                recordDone = true;
            }
        }

        if (allEmpty && !result.unterminatedQuote && m_blank == BlankRecords::Skip) {
            t.fields.resize(recordFirst);
            if (result.blankLines.size() < size_t(MaxBlankLinesKept))
                result.blankLines.push_back(recordLine);
            ++result.blankLineCount;
            continue;
        }
        if (!reservedFields) {
            // After the header: every further record most likely has as many fields.
            t.fields.reserve(t.fields.size() + lineEstimate * t.fields.size());
            reservedFields = true;
        }
        t.firstField.push_back(recordFirst);
        t.lines.push_back(std::uint32_t(recordLine));
    }
    t.firstField.push_back(std::uint32_t(t.fields.size()));
    if (progress)
        progress(n, n);
    return result;
}

char detectDelimiter(QByteArrayView utf8)
{
    constexpr auto &Candidates = SupportedDelimiters;
    constexpr int MaxLines = 50;
    constexpr qsizetype MaxBytes = 256 * 1024;

    // Count candidates per line, outside quotes, over the first lines.
    std::vector<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool inQuotes = false;
    bool lineHasText = false;
    const qsizetype limit = qMin(utf8.size(), MaxBytes);
    for (qsizetype i = 0; i < limit && int(counts.size()) < MaxLines; ++i) {
        const char c = utf8[i];
        if (c == '"') {
            inQuotes = !inQuotes;
            lineHasText = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == '\n' || c == '\r') {
            if (lineHasText)
                counts.push_back(current);
            current = {};
            lineHasText = false;
            continue;
        }
        lineHasText = true;
        for (int k = 0; k < 4; ++k) {
            if (c == Candidates[k])
                ++current[size_t(k)];
        }
    }
    if (lineHasText && int(counts.size()) < MaxLines)
        counts.push_back(current);
    if (counts.empty())
        return ',';

    // The header decides how many fields there are; the best delimiter is the
    // one that splits most of the following lines the same way.
    int best = 0;
    long bestScore = -1;
    for (int k = 0; k < 4; ++k) {
        const int header = counts.front()[size_t(k)];
        if (header == 0)
            continue;
        long consistent = 0;
        for (size_t l = 1; l < counts.size(); ++l) {
            if (counts[l][size_t(k)] == header)
                ++consistent;
        }
        const long score = consistent * 1000 + header;
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return Candidates[best];
}

} // namespace invsync
