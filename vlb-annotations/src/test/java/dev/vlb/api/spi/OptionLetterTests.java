package dev.vlb.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptionLetterTests {

  @ParameterizedTest
  @CsvSource({"0, A", "1, B", "3, D", "25, Z"})
  void lettersAnOptionByItsIndex(int index, String letter) {
    assertThat(OptionLetter.of(index)).isEqualTo(letter);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 26})
  void refusesAnIndexBeyondTheAlphabet(int index) {
    assertThatThrownBy(() -> OptionLetter.of(index))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No option letter for index " + index + ": options are lettered A to Z");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"A|0", "B|1", "b|1", "' C '|2", "Z|25", "z|25"})
  void findsTheIndexALetterNames(String letter, int index) {
    assertThat(OptionLetter.indexOf(letter)).isEqualTo(index);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "AB", "B.", "1", "@", "[", "`", "{", "Ä"})
  void findsNoIndexForAnythingButOneLetter(String text) {
    assertThat(OptionLetter.indexOf(text)).isEqualTo(-1);
  }

  @Test
  void readsBackEveryLetterItWrites() {
    for (int index = 0; index < OptionLetter.MAX_OPTIONS; index++) {
      assertThat(OptionLetter.indexOf(OptionLetter.of(index))).isEqualTo(index);
    }
  }
}
