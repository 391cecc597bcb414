namespace Mirsad.Core.Keywords.Grammar;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for English, as in Martin Porter's reference C version
/// ("bli" → "ble", "logi" → "log"). Keyphrase evaluation stems every word with it so that "elections"
/// matches "election". Expects one lower-case word; words of one or two letters are returned as given.
/// </summary>
public static class PorterStemmer
{
    /// <summary>The stem of one lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        var s = new State(buffer);
        s.Step1Ab();
        if (s.K > 0)
        {
            s.Step1C();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }

        var stem = buffer[..(s.K + 1)];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    private ref struct State(Span<char> b)
    {
        private int _j;

        public Span<char> B { get; } = b;

        public int K { get; private set; } = b.Length - 1;

        public void Step1Ab()
        {
            if (B[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (B[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (M() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(K))
                {
                    K--;
                    if (B[K] is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (M() == 1 && Cvc(K))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                B[K] = 'i';
            }
        }

        public void Step2()
        {
            if (K < 1)
            {
                return;
            }

            _ = B[K - 1] switch
            {
                'a' => R("ational", "ate") || R("tional", "tion"),
                'c' => R("enci", "ence") || R("anci", "ance"),
                'e' => R("izer", "ize"),
                'l' => R("bli", "ble") || R("alli", "al") || R("entli", "ent") || R("eli", "e") || R("ousli", "ous"),
                'o' => R("ization", "ize") || R("ation", "ate") || R("ator", "ate"),
                's' => R("alism", "al") || R("iveness", "ive") || R("fulness", "ful") || R("ousness", "ous"),
                't' => R("aliti", "al") || R("iviti", "ive") || R("biliti", "ble"),
                'g' => R("logi", "log"),
                _ => false,
            };
        }

        public void Step3()
        {
            _ = B[K] switch
            {
                'e' => R("icate", "ic") || R("ative", string.Empty) || R("alize", "al"),
                'i' => R("iciti", "ic"),
                'l' => R("ical", "ic") || R("ful", string.Empty),
                's' => R("ness", string.Empty),
                _ => false,
            };
        }

        public void Step4()
        {
            if (K < 1)
            {
                return;
            }

            var found = B[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && B[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (found && M() > 1)
            {
                K = _j;
            }
        }

        public void Step5()
        {
            _j = K;
            if (B[K] == 'e')
            {
                var m = M();
                if (m > 1 || (m == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            if (B[K] == 'l' && DoubleConsonant(K) && M() > 1)
            {
                K--;
            }
        }

        private bool IsConsonant(int i) => B[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // The number of vowel-consonant sequences in B[0.._j]: the m of [C](VC)^m[V].
        private int M()
        {
            var n = 0;
            var i = 0;
            while (i <= _j && IsConsonant(i))
            {
                i++;
            }

            while (i <= _j)
            {
                while (i <= _j && !IsConsonant(i))
                {
                    i++;
                }

                if (i > _j)
                {
                    return n;
                }

                while (i <= _j && IsConsonant(i))
                {
                    i++;
                }

                n++;
            }

            return n;
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int j) => j >= 1 && B[j] == B[j - 1] && IsConsonant(j);

        private bool Cvc(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && B[i] is not ('w' or 'x' or 'y');

        private bool Ends(string s)
        {
            var length = s.Length;
            if (length > K + 1 || !B.Slice(K - length + 1, length).SequenceEqual(s))
            {
                return false;
            }

            _j = K - length;
            return true;
        }

        private void SetTo(string s)
        {
            s.AsSpan().CopyTo(B[(_j + 1)..]);
            K = _j + s.Length;
        }

        // Replaces the suffix when the stem before it has at least one vowel-consonant sequence; true when the suffix matched.
        private bool R(string suffix, string replacement)
        {
            if (!Ends(suffix))
            {
                return false;
            }

            if (M() > 0)
            {
                SetTo(replacement);
            }

            return true;
        }
    }
}
