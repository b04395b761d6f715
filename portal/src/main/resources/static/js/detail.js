// Enhances the detail page: copy the share link and print. Without JavaScript the link stays visible in a
// text field and the browser's own print works (with the print style sheet).
(function () {
  'use strict';
  var knoppen = document.querySelector('.delen .js-alleen');
  if (!knoppen) {
    return;
  }
  knoppen.hidden = false;
  var status = document.querySelector('.delen .kopieer-status');
  var kopieer = knoppen.querySelector('[data-kopieer]');
  kopieer.addEventListener('click', function () {
    var veld = document.getElementById(kopieer.getAttribute('data-kopieer'));
    var klaar = function () { status.textContent = kopieer.getAttribute('data-gekopieerd'); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(veld.value).then(klaar, function () { veld.select(); });
    } else {
      veld.select();
    }
  });
  knoppen.querySelector('[data-afdrukken]').addEventListener('click', function () {
    window.print();
  });
})();
