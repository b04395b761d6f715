// Beheer, zoekindex: while a rebuild runs, poll its status and move the progress bar; reload when done so
// the counts are fresh. Without JavaScript the page refreshes itself (<noscript> meta refresh).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var herbouw = document.getElementById('herbouw');
    if (!herbouw || herbouw.getAttribute('data-bezig') !== 'true') {
      return;
    }
    var balk = document.getElementById('voortgang');
    var tekst = document.getElementById('voortgang-tekst');
    function vraag() {
      fetch('/beheer/index/status', {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (antwoord) { return antwoord.json(); })
        .then(function (stand) {
          var h = stand.herbouw;
          if (!h.bezig) {
            window.location.reload();
            return;
          }
          balk.value = h.procent;
          balk.textContent = h.procent + '%';
          tekst.textContent = 'Bezig: ' + h.verwerkt + ' van ' + h.totaal + ' voorzieningen (' + h.procent + '%).';
          window.setTimeout(vraag, 500);
        })
        .catch(function () { window.setTimeout(vraag, 2000); });
    }
    vraag();
  });
})();
