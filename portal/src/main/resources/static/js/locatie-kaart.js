// Beheer's locatie form: a map with a draggable marker for the point in #latitude/#longitude. Dragging the
// marker (or clicking the map) fills the fields; typing in the fields moves the marker. Without JavaScript
// the fields alone do the same, so the map stays hidden.
(function () {
  'use strict';
  var element = document.getElementById('locatie-kaart');
  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  if (!element || !lat || !lon || typeof L === 'undefined') {
    return;
  }
  element.hidden = false;
  var kaart = L.map(element);
  L.tileLayer(element.getAttribute('data-kaartlaag'), {
    maxZoom: 19,
    attribution: element.getAttribute('data-kaartbron')
  }).addTo(kaart);
  function punt() {
    var a = parseFloat(lat.value.replace(',', '.'));
    var b = parseFloat(lon.value.replace(',', '.'));
    return isNaN(a) || isNaN(b) ? null : L.latLng(a, b);
  }
  var begin = punt();
  // the middle of the Netherlands when there is no point yet
  kaart.setView(begin || L.latLng(52.1, 5.3), begin ? 17 : 8);
  var marker = L.marker(begin || kaart.getCenter(), { draggable: true, title: 'Plek van de locatie', alt: 'Plek van de locatie', keyboard: true });
  if (begin) {
    marker.addTo(kaart);
  }
  function zet(latLng) {
    lat.value = latLng.lat.toFixed(6);
    lon.value = latLng.lng.toFixed(6);
    element.setAttribute('data-verplaatst', 'ja');
  }
  marker.on('dragend', function () { zet(marker.getLatLng()); });
  kaart.on('click', function (e) {
    marker.setLatLng(e.latlng).addTo(kaart);
    zet(e.latlng);
  });
  function volg() {
    var p = punt();
    if (p) {
      marker.setLatLng(p).addTo(kaart);
      kaart.panTo(p);
    }
  }
  lat.addEventListener('change', volg);
  lon.addEventListener('change', volg);
})();
