// Mirsad works without JavaScript; this file only adds conveniences on top.
(function () {
  "use strict";
})();
