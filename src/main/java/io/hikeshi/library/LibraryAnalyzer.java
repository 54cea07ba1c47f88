package io.hikeshi.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English and Japanese in one analyzer: Unicode word breaks, full- and half-width forms folded, Han, hiragana and
 * katakana runs turned into overlapping bigrams (so 証明書の期限切れ finds 証明書 without a dictionary), English
 * lower-cased, filler words dropped, short forms spelled out and stemmed (rejected finds reject): see
 * {@link LibraryTerms}.
 */
final class LibraryAnalyzer extends Analyzer {

    /** A term with where it first stood in the text, to show people the word they typed rather than its stem. */
    record Term(String term, int start, int end) {
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream);
        stream = new LibraryTerms.NoHiragana(stream);
        stream = new EnglishPossessiveFilter(stream);
        stream = new StopFilter(stream, LibraryTerms.STOP_WORDS);
        stream = new LibraryTerms.ShortForms(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    /** Every term of {@code text} in order, repeats included, with its offsets. */
    List<Term> terms(String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The distinct terms of {@code text}, each with the word it came from the first time, in order. */
    Map<String, String> surfaces(String text) {
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (Term term : terms(text)) {
            surfaces.putIfAbsent(term.term(), text.substring(term.start(), term.end()));
        }
        return surfaces;
    }
}
