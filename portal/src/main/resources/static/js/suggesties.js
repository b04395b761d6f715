// As-you-type suggestions for a search box with data-suggesties (ARIA 1.2 combobox with a listbox). Without
// JavaScript the box is a plain search field; choosing a suggestion only takes a shortcut to the same pages.
(function () {
  'use strict';
  var SOORTEN = { kern: 'kern', thema: 'onderwerp', aanbieder: 'aanbieder', voorziening: '' };
  document.querySelectorAll('input[data-suggesties]').forEach(function (invoer) {
    var bron = invoer.getAttribute('data-suggesties');
    var lijst = document.createElement('ul');
    lijst.id = invoer.id + '-suggesties';
    lijst.className = 'suggesties';
    lijst.setAttribute('role', 'listbox');
    lijst.setAttribute('aria-label', 'Suggesties');
    lijst.hidden = true;
    var status = document.createElement('p');
    status.className = 'visueel-verborgen';
    status.setAttribute('role', 'status');
    invoer.parentNode.appendChild(lijst);
    invoer.parentNode.appendChild(status);
    invoer.setAttribute('role', 'combobox');
    invoer.setAttribute('aria-autocomplete', 'list');
    invoer.setAttribute('aria-expanded', 'false');
    invoer.setAttribute('aria-controls', lijst.id);
    var actief = -1;
    var wachten;
    var laatste = '';

    function sluit() {
      lijst.hidden = true;
      lijst.innerHTML = '';
      actief = -1;
      invoer.setAttribute('aria-expanded', 'false');
      invoer.removeAttribute('aria-activedescendant');
    }

    function markeer(index) {
      var opties = lijst.querySelectorAll('[role=option]');
      if (opties.length === 0) { return; }
      actief = (index + opties.length) % opties.length;
      opties.forEach(function (o, i) { o.setAttribute('aria-selected', String(i === actief)); });
      invoer.setAttribute('aria-activedescendant', opties[actief].id);
    }

    function toon(suggesties) {
      sluit();
      if (suggesties.length === 0) {
        status.textContent = 'Geen suggesties';
        return;
      }
      suggesties.forEach(function (s, i) {
        var optie = document.createElement('li');
        optie.id = lijst.id + '-' + i;
        optie.setAttribute('role', 'option');
        optie.setAttribute('aria-selected', 'false');
        optie.setAttribute('data-url', s.url);
        optie.textContent = s.tekst;
        if (SOORTEN[s.soort]) {
          var soort = document.createElement('span');
          soort.className = 'suggestie-soort';
          soort.textContent = ' (' + SOORTEN[s.soort] + ')';
          optie.appendChild(soort);
        }
        optie.addEventListener('mousedown', function (e) { e.preventDefault(); window.location.href = s.url; });
        lijst.appendChild(optie);
      });
      lijst.hidden = false;
      invoer.setAttribute('aria-expanded', 'true');
      status.textContent = suggesties.length + (suggesties.length === 1 ? ' suggestie' : ' suggesties') + '. Gebruik pijltje omlaag.';
    }

    invoer.addEventListener('input', function () {
      var tekst = invoer.value.trim();
      clearTimeout(wachten);
      if (tekst.length < 2) { sluit(); return; }
      wachten = setTimeout(function () {
        laatste = tekst;
        fetch(bron + '?q=' + encodeURIComponent(tekst), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { suggesties: [] }; })
          .then(function (antwoord) { if (laatste === tekst) { toon(antwoord.suggesties || []); } })
          .catch(sluit);
      }, 150);
    });
    invoer.addEventListener('keydown', function (e) {
      if (lijst.hidden) { return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); markeer(actief + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); markeer(actief - 1); }
      else if (e.key === 'Escape') { sluit(); }
      else if (e.key === 'Enter' && actief >= 0) {
        e.preventDefault();
        window.location.href = lijst.querySelectorAll('[role=option]')[actief].getAttribute('data-url');
      }
    });
    invoer.addEventListener('blur', function () { setTimeout(sluit, 100); });
  });
})();
